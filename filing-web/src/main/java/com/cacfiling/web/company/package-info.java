/**
 * The client company: the entity whose filings, services and users the portal keeps apart, its unified social credit
 * code unique, archived rather than deleted. Its administration is in {@link com.cacfiling.web.administration}.
 */
package com.cacfiling.web.company;
