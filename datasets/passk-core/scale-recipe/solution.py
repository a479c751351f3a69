from typing import Dict
def scale_recipe(recipe: Dict[str, int], serves: int, guests: int) -> Dict[str, int]:
    scaled = {}
    for name, grams in recipe.items():
        if name.startswith("~"):
            scaled[name[1:]] = grams
        else:
            scaled[name] = -(-grams * guests // serves)
    return scaled
