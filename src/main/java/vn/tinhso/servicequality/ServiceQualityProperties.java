package vn.tinhso.servicequality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Service-quality settings, under {@code tinhso.service-quality.*}.
 *
 * @param province the agency whose figures are the province's: its People's Committee
 * @param office the Office of the People's Committee, whose officers see the whole province
 * @param recomputationMemory the memory (PostgreSQL {@code work_mem}) each join and aggregate of a full recomputation
 *        may use before it spills to disk; a province of ten million dossiers needs about half a gigabyte
 */
@ConfigurationProperties("tinhso.service-quality")
record ServiceQualityProperties(@DefaultValue("000.00.00.H26") String province,
                                @DefaultValue("000.01.00.H26") String office,
                                @DefaultValue("512MB") DataSize recomputationMemory) {

    ServiceQualityProperties {
        if (recomputationMemory.toKilobytes() < 64) { // PostgreSQL's smallest work_mem
            throw new IllegalArgumentException("tinhso.service-quality.recomputation-memory must be at least 64KB, not "
                    + recomputationMemory);
        }
    }
}
