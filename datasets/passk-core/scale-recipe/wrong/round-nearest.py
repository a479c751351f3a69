# mistake: rounds to the nearest gram instead of rounding up
from fractions import Fraction
from typing import Dict
def scale_recipe(recipe: Dict[str, int], serves: int, guests: int) -> Dict[str, int]:
    out = {}
    for name, grams in recipe.items():
        if name.startswith("~"):
            out[name[1:]] = grams
        else:
            out[name] = round(Fraction(grams * guests, serves))
    return out
