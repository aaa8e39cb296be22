/**
 * Demo mode and bulk data: the demo companies, users and filings a newcomer starts with on the embedded database,
 * and the bulk seeder of companies and filings the load test and the dashboard benchmark use.
 */
package com.cacfiling.web.demo;
