package org.hamyar.api.json;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The JSON conventions of every Hamyar API as a Jackson module, usable outside Quarkus too (the
 * outbox, tests): Jalali siblings of dates; dates in either calendar and numbers in any digit
 * script on the way in.
 */
public final class ConventionsJsonModule extends SimpleModule {

    public ConventionsJsonModule() {
        super("hamyar-api-conventions");
        addDeserializer(LocalDate.class, new IsoOrJalaliDateDeserializer());
        addDeserializer(Integer.class, WholeNumberDeserializer.integers(false));
        addDeserializer(int.class, WholeNumberDeserializer.integers(true));
        addDeserializer(Long.class, WholeNumberDeserializer.longs(false));
        addDeserializer(long.class, WholeNumberDeserializer.longs(true));
        addDeserializer(BigDecimal.class, new DecimalDeserializer());
        setSerializerModifier(new JalaliSiblings());
    }
}
