package com.cacfiling.web.filing;

/** An archived company keeps its filings readable but starts no new ones. */
public class CompanyArchivedException extends RuntimeException {

    public CompanyArchivedException() {
        super("The company is archived");
    }
}
