# mistake: flattens everything and applies the discount once, not once per bundle
def bundle_price(bundle: list) -> int:
    def flat(items):
        for item in items:
            if isinstance(item, list):
                yield from flat(item)
            else:
                yield item
    total = sum(flat(bundle))
    return total - total // 10
