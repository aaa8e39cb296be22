package com.cacfiling.web.wizard.form;

import java.util.ArrayList;
import java.util.List;

/** Step 3: the provider's products or the technical supporter's support plan. */
public class Step3Form {

    private List<ProductForm> products = new ArrayList<>();
    private List<String> deliveryModes = new ArrayList<>();
    private List<String> customerTypes = new ArrayList<>();
    private String customerDescription;
    private String accessControl;
    private String customerFilingGuidance;
    private String serviceAgreement;
    private long version;

    public List<ProductForm> getProducts() {
        return products;
    }

    public void setProducts(List<ProductForm> products) {
        this.products = products;
    }

    public List<String> getDeliveryModes() {
        return deliveryModes;
    }

    public void setDeliveryModes(List<String> deliveryModes) {
        this.deliveryModes = deliveryModes;
    }

    public List<String> getCustomerTypes() {
        return customerTypes;
    }

    public void setCustomerTypes(List<String> customerTypes) {
        this.customerTypes = customerTypes;
    }

    public String getCustomerDescription() {
        return customerDescription;
    }

    public void setCustomerDescription(String customerDescription) {
        this.customerDescription = customerDescription;
    }

    public String getAccessControl() {
        return accessControl;
    }

    public void setAccessControl(String accessControl) {
        this.accessControl = accessControl;
    }

    public String getCustomerFilingGuidance() {
        return customerFilingGuidance;
    }

    public void setCustomerFilingGuidance(String customerFilingGuidance) {
        this.customerFilingGuidance = customerFilingGuidance;
    }

    public String getServiceAgreement() {
        return serviceAgreement;
    }

    public void setServiceAgreement(String serviceAgreement) {
        this.serviceAgreement = serviceAgreement;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
