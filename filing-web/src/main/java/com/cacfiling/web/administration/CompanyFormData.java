package com.cacfiling.web.administration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class CompanyFormData {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 200)
    private String nameEn;

    /** 统一社会信用代码, optional here (the officer can enter it in step 1); checked by the domain's value object. */
    @Size(max = 40)
    private String creditCode;

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    /** The names the form showed (hidden): a rename meanwhile by another administrator is not overwritten unseen. */
    private String shownName;

    private String shownNameEn;

    public String getShownName() {
        return shownName;
    }

    public void setShownName(String shownName) {
        this.shownName = shownName;
    }

    public String getShownNameEn() {
        return shownNameEn;
    }

    public void setShownNameEn(String shownNameEn) {
        this.shownNameEn = shownNameEn;
    }
}
