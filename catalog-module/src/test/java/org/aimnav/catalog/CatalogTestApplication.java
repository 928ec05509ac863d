package org.aimnav.catalog;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the catalog module alone, on whichever database a test points it at. */
@SpringBootApplication
public class CatalogTestApplication {

}
