/**
 * Operations commands run with the portal's jar instead of starting it: a consistent backup while the portal runs,
 * the restore into an empty database, and the rotation of the key for personal data at rest.
 */
package com.cacfiling.web.operations;
