package fr.chulille.passerelle.summary;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import fr.chulille.passerelle.recruitment.Recruitment;
import fr.chulille.passerelle.trial.Trial;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The trial's facts for the public pages, with the recruitment state that staff set (or the record's
 * status until they set one). Never a number of places derived from referrals.
 */
@Service
@Transactional(readOnly = true)
public class SummaryService {

    private final Recruitment recruitment;
    private final Trial trial = Trial.NCT06649227;

    SummaryService(Recruitment recruitment) {
        this.recruitment = recruitment;
    }

    /**
     * @param organisationName the localised name of an organisation of the record, given its
     *                         registry name (the registry name itself when no translation exists)
     */
    SummaryFacts facts(Locale locale, UnaryOperator<String> organisationName) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("site", trial.site());
        arguments.put("investigator", investigatorName());
        arguments.put("sponsor", organisationName.apply(trial.leadSponsor()));
        List<String> collaborators = trial.collaborators().stream().map(organisationName).toList();
        arguments.put("collaborators", ListFormatter.getInstance(ULocale.forLocale(locale)).format(collaborators));
        arguments.put("status", trial.status().name());
        arguments.put("target", trial.enrolmentTarget());
        arguments.put("start", noonUtc(trial.startDate()));
        arguments.put("end", noonUtc(trial.completionDate()));
        arguments.put("updated", noonUtc(trial.recordLastUpdated()));
        arguments.put("phone", trial.centralContactPhone());
        arguments.put("nct", trial.nctId());
        arguments.put("ctis", trial.ctisId());
        return new SummaryFacts(Map.copyOf(arguments), trial.centralContactPhone(), trial.centralContactPhoneUri(),
                trial.clinicalTrialsGovUrl(), trial.ctisUrl(), recruitment.current());
    }

    /** The lay text names the investigator without degrees ("… is Ibrahim Yakoub-Agha"). */
    private String investigatorName() {
        return trial.principalInvestigator().split(",")[0].strip();
    }

    /** ICU formats a Date in the JVM's zone: noon UTC is the same calendar day from Hawaii to Kiribati. */
    private static Date noonUtc(LocalDate date) {
        return Date.from(date.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
