package com.cacfiling.domain.filing;

import java.time.LocalDate;

/**
 * A product that uses the algorithm (provider's Step 3). {@code form} is a product-form code; {@code accessAddress}
 * is a URL or, for apps and mini programs, where to find it; {@code userScale} as the filer states it (DAU/MAU).
 */
public record Product(String name, String form, String accessAddress, String functions, String userScale,
        LocalDate launchDate, String introduction, String entryPoint) {
}
