/**
 * The embedded PostgreSQL the portal starts by itself when no database is configured (a real server in a
 * persistent data directory), before the application context needs its data source.
 */
package com.cacfiling.web.db;
