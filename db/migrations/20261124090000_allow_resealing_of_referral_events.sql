-- Key rotation (`tansiq keys rotate`) re-seals referral_event.note_sealed under the new data key:
-- the same note, a new ciphertext. The append-only trigger lets exactly that through when the
-- transaction opts in (set_config('tansiq.resealing', 'on', true), done only by the rotation) and
-- every other column is unchanged. app_rw still has no UPDATE grant: the server cannot do it.
CREATE OR REPLACE FUNCTION referral_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('tansiq.resealing', true) = 'on' THEN
    IF to_jsonb(NEW) - 'note_sealed' = to_jsonb(OLD) - 'note_sealed' THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'referral_event is append-only';
END
$$;
