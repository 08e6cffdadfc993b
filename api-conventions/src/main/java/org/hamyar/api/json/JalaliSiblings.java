package org.hamyar.api.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;

/**
 * Writes {@code xJalali} right after every date property {@code x} of every bean and record, at any
 * depth: {@code "grantedOn":"2024-03-20","grantedOnJalali":"1403-01-01"}. A bean that already has
 * a property of that name keeps its own.
 */
final class JalaliSiblings extends BeanSerializerModifier {

    static final String SUFFIX = "Jalali";

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                                                     List<BeanPropertyWriter> properties) {
        Set<String> names = new HashSet<>();
        boolean anyDate = false;
        for (BeanPropertyWriter property : properties) {
            names.add(property.getName());
            anyDate |= JalaliText.DATE_TYPES.contains(property.getType().getRawClass());
        }
        if (!anyDate) {
            return properties;
        }
        List<BeanPropertyWriter> withSiblings = new ArrayList<>(properties.size() + 2);
        for (BeanPropertyWriter property : properties) {
            withSiblings.add(property);
            String sibling = property.getName() + SUFFIX;
            if (JalaliText.DATE_TYPES.contains(property.getType().getRawClass()) && !names.contains(sibling)) {
                withSiblings.add(new JalaliWriter(property, sibling));
            }
        }
        return withSiblings;
    }

    /** Reads the same accessor as the date property and writes its Jalali text under the sibling's name. */
    static final class JalaliWriter extends BeanPropertyWriter {

        JalaliWriter(BeanPropertyWriter date, String name) {
            super(date, PropertyName.construct(name));
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator generator, SerializerProvider provider) throws Exception {
            Object value = get(bean);
            if (value == null) {
                if (!_suppressNulls) {
                    generator.writeFieldName(_name);
                    generator.writeNull();
                }
                return;
            }
            String jalali = JalaliText.of(value);
            if (jalali != null) {
                generator.writeFieldName(_name);
                generator.writeString(jalali);
            }
        }

        @Override
        public void serializeAsElement(Object bean, JsonGenerator generator, SerializerProvider provider) throws Exception {
            Object value = get(bean);
            String jalali = value == null ? null : JalaliText.of(value);
            if (jalali == null) {
                generator.writeNull();
            } else {
                generator.writeString(jalali);
            }
        }
    }
}
