package com.cacfiling.web.obligation;

import java.util.UUID;

/**
 * What the register shows: by default the open obligations (open or in progress, still applying) of every company
 * the user may reach; a company, a service or all statuses when asked.
 */
public class ObligationFilter {

    private UUID companyId;
    /** Part of a company's name, typed where a list of every client would be too long to choose from. */
    private String company;
    private UUID serviceId;
    private String show = "open";
    private int page;

    public UUID getCompanyId() {
        return companyId;
    }

    public void setCompanyId(UUID companyId) {
        this.companyId = companyId;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company == null || company.isBlank() ? null
                : company.strip().substring(0, Math.min(100, company.strip().length()));
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public void setServiceId(UUID serviceId) {
        this.serviceId = serviceId;
    }

    /** "open" (the default) or "all". */
    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = "all".equals(show) ? "all" : "open";
    }

    public boolean openOnly() {
        return !"all".equals(show);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
