# mistake: removes every leading "~" from a name instead of only the first one
from typing import Dict
def scale_recipe(recipe: Dict[str, int], serves: int, guests: int) -> Dict[str, int]:
    out = {}
    for name, grams in recipe.items():
        if name.startswith("~"):
            out[name.lstrip("~")] = grams
        else:
            out[name] = -(-grams * guests // serves)
    return out
