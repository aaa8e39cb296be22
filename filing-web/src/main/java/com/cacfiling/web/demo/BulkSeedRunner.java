package com.cacfiling.web.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code --filing.seed.filings=10000 --filing.seed.companies=100} seeds a load-test data set at start-up. */
@Component
@Order(2)
class BulkSeedRunner implements ApplicationRunner {

    private final BulkSeeder seeder;
    private final int filings;
    private final int companies;

    BulkSeedRunner(BulkSeeder seeder, @Value("${filing.seed.filings:0}") int filings,
            @Value("${filing.seed.companies:100}") int companies) {
        this.seeder = seeder;
        this.filings = filings;
        this.companies = companies;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (filings > 0) {
            seeder.seed(companies, filings);
        }
    }
}
