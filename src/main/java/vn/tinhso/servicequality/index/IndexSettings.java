package vn.tinhso.servicequality.index;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may change the index, under {@code tinhso.service-quality.*}: system administrators and the officers of the
 * Office of the People's Committee, which runs the index for the province.
 *
 * @param office the Office's agency code
 */
@ConfigurationProperties("tinhso.service-quality")
record IndexSettings(@DefaultValue("000.01.00.H26") String office) {
}
