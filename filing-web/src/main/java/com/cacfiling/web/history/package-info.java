/**
 * A filing's history page: its versions from the {@link com.cacfiling.web.changelog.ChangeLog}, who changed what and
 * when, two versions compared field by field in words, and the history exported.
 */
package com.cacfiling.web.history;
