# mistake: multiplies by the float ratio guests / serves, so 10 * 0.7 rounds up to 8
import math
from typing import Dict
def scale_recipe(recipe: Dict[str, int], serves: int, guests: int) -> Dict[str, int]:
    ratio = guests / serves
    return {(n[1:] if n.startswith("~") else n): (g if n.startswith("~") else math.ceil(g * ratio)) for n, g in recipe.items()}
