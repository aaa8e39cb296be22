/**
 * The checks of a service's security assessment report before it is submitted: each part Art. 6 asks for is there,
 * each measure of Art. 5 is answered with what is in place (and a remedy where it is not), the dates make sense.
 */
package com.cacfiling.rules.securityassessment;
