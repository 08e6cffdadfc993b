package org.hamyar.api.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hamyar.api.problem.DomainProblem;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absentParametersTakeTheDefaults() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 20));
        assertThat(PageRequest.of(3, 200).offset()).isEqualTo(600);
    }

    @Test
    void theOffsetOfAFarPageDoesNotOverflow() {
        assertThat(PageRequest.of(Integer.MAX_VALUE, 200).offset()).isEqualTo(Integer.MAX_VALUE * 200L);
    }

    @Test
    void badValuesNameEveryBadParameter() {
        assertThatThrownBy(() -> PageRequest.of(-1, 201))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.slug()).isEqualTo("invalid-parameter");
                    assertThat(problem.fields()).extracting(DomainProblem.Field::field).containsExactly("page", "size");
                });
        assertThatThrownBy(() -> PageRequest.of(0, 0))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.fields()).extracting(DomainProblem.Field::field).containsExactly("size"));
    }

    @Test
    void aPageMapsItsItemsAndKeepsItsPlace() {
        Page<Integer> page = Page.of(List.of(1, 2, 3), PageRequest.of(2, 3), 9);

        Page<String> mapped = page.map(i -> "#" + i);

        assertThat(mapped).isEqualTo(new Page<>(List.of("#1", "#2", "#3"), 2, 3, 9));
    }
}
