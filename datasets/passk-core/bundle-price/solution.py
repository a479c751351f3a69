def bundle_price(bundle: list) -> int:
    total = sum(bundle_price(item) if isinstance(item, list) else item for item in bundle)
    return total - total // 10
