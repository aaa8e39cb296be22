package com.cacfiling.web.wizard.form;

/** Step 2, algorithm strategy. */
public class StrategyForm {

    private Boolean preprocessTrainingData;
    private String trainingDataStrategy;
    private Boolean preprocessInput;
    private String inputStrategy;
    private Boolean postprocessOutput;
    private String outputStrategy;

    public Boolean getPreprocessTrainingData() {
        return preprocessTrainingData;
    }

    public void setPreprocessTrainingData(Boolean preprocessTrainingData) {
        this.preprocessTrainingData = preprocessTrainingData;
    }

    public String getTrainingDataStrategy() {
        return trainingDataStrategy;
    }

    public void setTrainingDataStrategy(String trainingDataStrategy) {
        this.trainingDataStrategy = trainingDataStrategy;
    }

    public Boolean getPreprocessInput() {
        return preprocessInput;
    }

    public void setPreprocessInput(Boolean preprocessInput) {
        this.preprocessInput = preprocessInput;
    }

    public String getInputStrategy() {
        return inputStrategy;
    }

    public void setInputStrategy(String inputStrategy) {
        this.inputStrategy = inputStrategy;
    }

    public Boolean getPostprocessOutput() {
        return postprocessOutput;
    }

    public void setPostprocessOutput(Boolean postprocessOutput) {
        this.postprocessOutput = postprocessOutput;
    }

    public String getOutputStrategy() {
        return outputStrategy;
    }

    public void setOutputStrategy(String outputStrategy) {
        this.outputStrategy = outputStrategy;
    }
}
