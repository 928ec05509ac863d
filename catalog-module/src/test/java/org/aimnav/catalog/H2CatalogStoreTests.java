package org.aimnav.catalog;

import org.springframework.boot.test.context.SpringBootTest;

/** The catalog store on H2, in a new file database (as the embedded default uses) for each test run. */
@SpringBootTest(classes = CatalogTestApplication.class,
		properties = "spring.datasource.url=jdbc:h2:file:./target/tmp/catalog-store-tests-${random.uuid}")
class H2CatalogStoreTests extends CatalogStoreContract {

}
