/** The dashboard page and the statistics API it is fed from. */
package org.aimnav.web.dashboard;
