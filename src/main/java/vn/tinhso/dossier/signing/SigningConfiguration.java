package vn.tinhso.dossier.signing;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.platform.TinhsoProperties;

/** The signer: with the configured keystore when {@code tinhso.signing.keystore} is set, else the development CA. */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

    @Bean
    ResultSigner resultSigner(SigningProperties signing, TinhsoProperties platform, Agencies agencies, Clock clock) {
        Credentials credentials = signing.keystore() != null
                ? new ConfiguredKeystore(signing.keystore(), signing.password())
                : new DevelopmentPki(platform.dataDir().resolve("pki"), signing.password(), clock);
        return new ResultSigner(credentials, code -> agencies.find(new AgencyCode(code)).map(Agency::name)
                .orElseThrow(() -> new IllegalArgumentException("No agency has the code " + code)), clock);
    }
}
