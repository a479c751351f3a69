import math
from fractions import Fraction
from typing import Dict


def scale_recipe(recipe: Dict[str, int], serves: int, guests: int) -> Dict[str, int]:
    factor = Fraction(guests, serves)
    result = {}
    for name in recipe:
        if name[:1] == "~":
            result[name[1:]] = recipe[name]
        else:
            result[name] = math.ceil(recipe[name] * factor)
    return result
