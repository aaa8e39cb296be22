/** The written security assessment report of a service (Art. 6 of the 2018 Provisions), in PDF and DOCX. */
package com.cacfiling.docs.securityassessment;
