/**
 * Messages to users: the inbox page, the unread count in the layout, and mail in the recipient's language, sent when
 * a filing is handed over (submitted, returned, approved) or an account is under attack.
 */
package com.cacfiling.web.inbox;
