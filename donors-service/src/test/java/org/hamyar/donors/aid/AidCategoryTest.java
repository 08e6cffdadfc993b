package org.hamyar.donors.aid;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AidCategoryTest {

    @Test
    void theCategoriesAreThoseTheAidGrantedSchemaAllows() throws IOException {
        List<String> inSchema = new ArrayList<>();
        try (InputStream schema = getClass().getClassLoader()
                .getResourceAsStream("schemas/hamyar.beneficiaries.aid-granted.v1.json")) {
            assertThat(schema).as("the schema in the event-contracts jar").isNotNull();
            new ObjectMapper().readTree(schema).at("/properties/category/enum").forEach(name -> inSchema.add(name.asText()));
        }
        assertThat(Arrays.stream(AidCategory.values()).map(Enum::name)).containsExactlyElementsOf(inSchema);
    }
}
