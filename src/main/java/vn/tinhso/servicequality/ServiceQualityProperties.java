package vn.tinhso.servicequality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Service-quality settings, under {@code tinhso.service-quality.*}.
 *
 * @param province the agency whose figures are the province's: its People's Committee
 * @param office the Office of the People's Committee, whose officers see the whole province
 */
@ConfigurationProperties("tinhso.service-quality")
record ServiceQualityProperties(@DefaultValue("000.00.00.H26") String province,
                                @DefaultValue("000.01.00.H26") String office) {
}
