package fr.chulille.passerelle.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** A note written by staff on a referral; notes are never edited nor deleted. */
@Entity
class ReferralNote {

    @Id
    private UUID id;
    private UUID referralId;
    private String author;
    private Instant writtenAt;
    @Column(name = "note_text")
    private String text;

    protected ReferralNote() {
    }

    ReferralNote(UUID referralId, String author, Instant writtenAt, String text) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    NoteView view() {
        return new NoteView(author, writtenAt, text);
    }

    record NoteView(String author, Instant writtenAt, String text) {
    }
}
