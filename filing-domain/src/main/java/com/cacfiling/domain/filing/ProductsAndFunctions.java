package com.cacfiling.domain.filing;

import java.util.List;

/** 关联产品及功能: the provider's Step 3, one or more products. */
public record ProductsAndFunctions(List<Product> products) implements Step3 {

    public ProductsAndFunctions {
        products = products == null ? List.of() : List.copyOf(products);
    }

    @Override
    public FilingRole role() {
        return FilingRole.SERVICE_PROVIDER;
    }
}
