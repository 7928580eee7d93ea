package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.AnswerSource;
import fr.chulille.passerelle.eligibility.Fact;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import fr.chulille.passerelle.eligibility.ClinicalFacts;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * The stored referrals, for the other features (inbox, notification, …): this package alone knows the
 * entity, its repository and the format of the JSON snapshots it writes; the others read immutable
 * {@link ReferralRecord}s and {@link SubmittedContent}, and move a referral along its workflow here.
 * No authorisation here: the calling feature checks who may read or change a referral.
 */
@Service
@Transactional(readOnly = true)
public class ReferralRecords {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "submittedAt");
    private static final TypeReference<Map<String, LocalDate>> SAMPLE_DATES = new TypeReference<>() {
    };

    private final ReferralRepository referrals;
    private final JsonMapper json;

    ReferralRecords(ReferralRepository referrals, JsonMapper json) {
        this.referrals = referrals;
        this.json = json;
    }

    public Optional<ReferralRecord> find(UUID id) {
        return referrals.findById(id).map(ReferralRecord::of);
    }

    /** Whether a referral with this id is stored, erased or not, without loading it. */
    public boolean exists(UUID id) {
        return referrals.existsById(id);
    }

    /** One page of the referrals that match, newest first. */
    public List<ReferralRecord> page(ReferralQuery query, int page, int pageSize) {
        return referrals.findAll(query.toSpecification(), PageRequest.of(page, pageSize, NEWEST_FIRST)).getContent()
                .stream().map(ReferralRecord::of).toList();
    }

    /** Every referral that matches, newest first. */
    public List<ReferralRecord> all(ReferralQuery query) {
        return referrals.findAll(query.toSpecification(), NEWEST_FIRST).stream().map(ReferralRecord::of).toList();
    }

    public long count(ReferralQuery query) {
        return referrals.count(query.toSpecification());
    }

    /** The reference of each referral of {@code ids} that is stored. */
    public Map<UUID, String> references(Collection<UUID> ids) {
        Map<UUID, String> references = new HashMap<>();
        referrals.findAllById(ids).forEach(referral -> references.put(referral.getId(), referral.getReference()));
        return references;
    }

    /**
     * The clinical facts and pre-check of a referral, decoded from the snapshots {@link ReferralService} wrote.
     *
     * @throws NoSuchElementException if there is no such referral
     */
    public SubmittedContent submitted(UUID id) {
        Referral referral = stored(id);
        if (referral.getClinicalFactsJson() == null && referral.getPrecheckJson() == null) {
            return SubmittedContent.ERASED;
        }
        Optional<JsonNode> facts = tree(referral.getClinicalFactsJson());
        Optional<JsonNode> preCheck = tree(referral.getPrecheckJson());
        return new SubmittedContent(facts.flatMap(this::facts), facts.map(this::sampleDates).orElse(Map.of()),
                preCheck.flatMap(this::preCheck), asStored(facts, referral.getClinicalFactsJson()),
                asStored(preCheck, referral.getPrecheckJson()), facts.map(this::attestedInGroup).orElse(Set.of()));
    }

    /** Opening a referral in the inbox: the first time, it is no longer unread. */
    @Transactional
    public void markSeen(UUID id, Instant at) {
        stored(id).markSeen(at);
    }

    /**
     * Moves a referral along the workflow, for staff; closing statuses need a reason.
     *
     * @return the status it had before
     * @throws IllegalArgumentException if the status needs a reason and {@code reason} is blank
     * @throws IllegalStateException    if the referral was erased
     */
    @Transactional
    public ReferralStatus changeStatus(UUID id, ReferralStatus status, String reason, Instant at) {
        return changeStatus(id, status, reason, null, at);
    }

    /** The same, with the category of a closing status (and for "criteria not met" the failed criteria). */
    @Transactional
    public ReferralStatus changeStatus(UUID id, ReferralStatus status, String reason, Closing closing, Instant at) {
        Referral referral = stored(id);
        if (referral.isErased()) {
            throw new IllegalStateException("Referral " + referral.getReference() + " was erased");
        }
        ReferralStatus before = referral.getStatus();
        referral.changeStatus(status, reason, closing, at);
        return before;
    }

    private Referral stored(UUID id) {
        return referrals.findById(id).orElseThrow(() -> new NoSuchElementException("No referral " + id));
    }

    private Optional<JsonNode> tree(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readTree(stored));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** {@link ClinicalSnapshot}'s facts (or, in the oldest rows, the facts alone). */
    private Optional<ClinicalFacts> facts(JsonNode snapshot) {
        try {
            return Optional.of(json.treeToValue(snapshot.has("facts") ? snapshot.get("facts") : snapshot, ClinicalFacts.class));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Map<String, LocalDate> sampleDates(JsonNode snapshot) {
        try {
            Map<String, LocalDate> dates = snapshot.hasNonNull("labSampleDates")
                    ? json.treeToValue(snapshot.get("labSampleDates"), SAMPLE_DATES) : null;
            return dates == null ? Map.of() : dates;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /** {@link ClinicalSnapshot#answerSources()}: the facts answered ATTESTED_IN_GROUP. */
    private Set<Fact> attestedInGroup(JsonNode snapshot) {
        JsonNode sources = snapshot.path("answerSources");
        return Arrays.stream(Fact.values())
                .filter(fact -> sources.get(fact.fieldName()) instanceof JsonNode source && source.isString()
                        && AnswerSource.ATTESTED_IN_GROUP.name().equals(source.asString()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private Optional<StoredPreCheck> preCheck(JsonNode snapshot) {
        try {
            return StoredPreCheck.of(json.treeToValue(snapshot, PreCheckSnapshot.class));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Object asStored(Optional<JsonNode> tree, String stored) {
        return tree.<Object>map(node -> json.convertValue(node, Object.class)).orElse(stored);
    }
}
