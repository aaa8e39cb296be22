package com.cacfiling.web.filing;

import com.cacfiling.web.system.Refusal;
import org.springframework.http.HttpStatus;

/** An archived company keeps its filings readable but starts no new ones. */
public class CompanyArchivedException extends Refusal {

    public CompanyArchivedException() {
        super("The company is archived");
    }

    /** Refuses work on an archived company's filings, services and reports, which stay to be read. */
    public static void refuseIfArchived(com.cacfiling.web.company.Company company) {
        if (company.isArchived()) {
            throw new CompanyArchivedException();
        }
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String textKey() {
        return "filing.companyArchived";
    }

    /** Nobody else's save: the company is no longer served. */
    @Override
    public String titleKey() {
        return "error.409.companyArchivedTitle";
    }
}
