package com.cacfiling.web.wizard.form;

/** Step 2, detailed information, grouped as the CAC form groups it. */
public class DetailedForm {

    private String introduction;
    private String usageScenario;
    private DataForm data = new DataForm();
    private ModelForm model = new ModelForm();
    private StrategyForm strategy = new StrategyForm();
    private RiskPreventionForm riskPrevention = new RiskPreventionForm();
    private long version;

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public String getUsageScenario() {
        return usageScenario;
    }

    public void setUsageScenario(String usageScenario) {
        this.usageScenario = usageScenario;
    }

    public DataForm getData() {
        return data;
    }

    public void setData(DataForm data) {
        this.data = data;
    }

    public ModelForm getModel() {
        return model;
    }

    public void setModel(ModelForm model) {
        this.model = model;
    }

    public StrategyForm getStrategy() {
        return strategy;
    }

    public void setStrategy(StrategyForm strategy) {
        this.strategy = strategy;
    }

    public RiskPreventionForm getRiskPrevention() {
        return riskPrevention;
    }

    public void setRiskPrevention(RiskPreventionForm riskPrevention) {
        this.riskPrevention = riskPrevention;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
