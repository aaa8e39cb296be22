package com.cacfiling.web.filing;

import com.cacfiling.web.system.Refusal;
import org.springframework.http.HttpStatus;

/** An archived company keeps its filings readable but starts no new ones. */
public class CompanyArchivedException extends Refusal {

    private final String backTo;

    private final transient java.util.function.UnaryOperator<String> words;

    public CompanyArchivedException() {
        this(null, java.util.function.UnaryOperator.identity());
    }

    /**
     * Refused inside a record the request's path does not name as a filing (a large-model record): a way back to it,
     * worded as the record is (a registration's "返回此登记").
     */
    public CompanyArchivedException(String backTo, java.util.function.UnaryOperator<String> words) {
        super("The company is archived");
        this.backTo = backTo;
        this.words = words;
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

    @Override
    public String backTo() {
        return backTo;
    }

    @Override
    public String backKey() {
        return backTo == null ? null : words.apply("error.409.back");
    }

    /** Nobody else's save: the company is no longer served. */
    @Override
    public String titleKey() {
        return "error.409.companyArchivedTitle";
    }
}
