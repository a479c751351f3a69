# mistake: scales the to-taste ingredients too, and only drops the "~" from their names
from typing import Dict
def scale_recipe(recipe: Dict[str, int], serves: int, guests: int) -> Dict[str, int]:
    return {name.removeprefix("~"): -(-grams * guests // serves) for name, grams in recipe.items()}
