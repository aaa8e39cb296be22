/**
 * Running the portal as a service on several nodes that share one PostgreSQL: scheduled housekeeping that runs on
 * one node at a time (ShedLock), the registry of the nodes that share the database, the start-up report that says
 * which database, data directory and nodes these are, and request logs with a request id. Operations commands run
 * with the portal's jar instead of starting it: a consistent backup while the portal runs, the restore into an empty
 * database, and the rotation of the key for personal data at rest.
 */
package com.cacfiling.web.operations;
