import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProvider, FormStatus, SelectField, TextField } from '@/components/ui/form';
import type { Schemas } from '@/lib/api-client';
import { collectErrors, optional, serverFieldErrors, splitList, useTouched } from '@/lib/form';
import { fromLocalInput, toLocalInput } from '@/lib/time-zone';
import { useSaveEvent } from '@/features/events/api/event-edit';

type Kind = Schemas['EventKind'];
type Format = Schemas['EventFormat'];
type SessionKind = Schemas['SessionKind'];

const kinds: readonly Kind[] = [
  'RESET_DAY',
  'CONFERENCE',
  'WORKSHOP',
  'TERRITORIAL_EXCHANGE',
  'PARTNERS_MEETING',
];
const formats: readonly Format[] = ['ONLINE', 'IN_PERSON', 'HYBRID'];
const sessionKinds: readonly SessionKind[] = ['PLENARY', 'TESTIMONY', 'WORKSHOP'];

interface SessionDraft {
  key: number;
  id?: number;
  title: string;
  kind: SessionKind;
  description: string;
  startsAt: string;
  endsAt: string;
  coalition: string;
  speakers: string;
}

export interface EventDraft {
  title: string;
  kind: Kind;
  description: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  format: Format;
  location: string;
  participantsCount: string;
  organisers: string;
  coalitions: string;
  territories: string;
  sessions: SessionDraft[];
}

let nextKey = 1;
const slugs = (items: readonly { slug?: string }[] | undefined) =>
  (items ?? []).map((item) => item.slug ?? '').join(', ');

export function eventDraftFrom(event?: Schemas['Event']): EventDraft {
  const timeZone = event?.timeZone ?? 'Europe/Paris';
  return {
    title: event?.title ?? '',
    kind: event?.kind ?? 'WORKSHOP',
    description: event?.description ?? '',
    startsAt: toLocalInput(event?.startsAt, timeZone),
    endsAt: toLocalInput(event?.endsAt, timeZone),
    timeZone,
    format: event?.format ?? 'ONLINE',
    location: event?.location ?? '',
    participantsCount:
      event?.participantsCount === undefined ? '' : String(event.participantsCount),
    organisers: slugs(event?.organisers),
    coalitions: slugs(event?.coalitions),
    territories: slugs(event?.territories),
    sessions: (event?.agenda ?? []).map((session) => ({
      key: nextKey++,
      id: session.id,
      title: session.title ?? '',
      kind: session.kind ?? 'PLENARY',
      description: session.description ?? '',
      startsAt: toLocalInput(session.startsAt, timeZone),
      endsAt: toLocalInput(session.endsAt, timeZone),
      coalition: session.coalition?.slug ?? '',
      speakers: slugs(session.speakers),
    })),
  };
}

export function validateEvent(draft: EventDraft) {
  const { errors, check, add } = collectErrors();
  check('title', draft.title, { required: true, max: 300 });
  check('description', draft.description, { max: 4000 });
  check('startsAt', draft.startsAt, { required: true });
  check('endsAt', draft.endsAt, { required: true });
  if (draft.startsAt && draft.endsAt && draft.endsAt < draft.startsAt) {
    add('endsAt', { code: 'endBeforeStart' });
  }
  check('timeZone', draft.timeZone, { required: true, max: 60 });
  check('location', draft.location, { max: 300 });
  if (draft.participantsCount.trim() !== '' && !/^\d+$/.test(draft.participantsCount.trim())) {
    add('participantsCount', { code: 'number' });
  }
  for (const list of ['organisers', 'coalitions', 'territories'] as const) {
    splitList(draft[list]).forEach((slug) => {
      check(list, slug, { slug: true });
    });
  }
  draft.sessions.forEach((session, i) => {
    check(`sessions[${i}].title`, session.title, { required: true, max: 300 });
    check(`sessions[${i}].description`, session.description, { max: 4000 });
    if (session.startsAt && session.endsAt && session.endsAt < session.startsAt) {
      add(`sessions[${i}].endsAt`, { code: 'endBeforeStart' });
    }
    check(`sessions[${i}].coalition`, session.coalition, { slug: true });
    splitList(session.speakers).forEach((slug) => {
      check(`sessions[${i}].speakers`, slug, { slug: true });
    });
  });
  return errors;
}

export function eventInputFrom(draft: EventDraft, sample: boolean): Schemas['EventInput'] {
  const zone = draft.timeZone.trim();
  return {
    title: draft.title.trim(),
    kind: draft.kind,
    description: optional(draft.description),
    startsAt: fromLocalInput(draft.startsAt, zone) ?? '',
    endsAt: fromLocalInput(draft.endsAt, zone) ?? '',
    timeZone: zone,
    format: draft.format,
    location: optional(draft.location),
    participantsCount:
      draft.participantsCount.trim() === '' ? undefined : Number(draft.participantsCount),
    organisers: splitList(draft.organisers),
    coalitions: splitList(draft.coalitions),
    territories: splitList(draft.territories),
    sessions: draft.sessions.map((session) => ({
      id: session.id,
      title: session.title.trim(),
      kind: session.kind,
      description: optional(session.description),
      startsAt: fromLocalInput(session.startsAt, zone),
      endsAt: fromLocalInput(session.endsAt, zone),
      coalition: optional(session.coalition),
      speakers: splitList(session.speakers),
    })),
    sample,
  };
}

interface EventFormProps {
  event?: Schemas['Event'];
  etag?: string;
  onSaved: (saved: Schemas['Event']) => void;
  onCancel: () => void;
  onReload?: () => void;
}

export function EventForm({ event, etag, onSaved, onCancel, onReload }: EventFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => eventDraftFrom(event));
  const touched = useTouched();
  const save = useSaveEvent(event?.slug);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = validateEvent(draft);
  const count = Object.keys(errors).length;
  const set = (patch: Partial<EventDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };
  const setSession = (index: number, patch: Partial<SessionDraft>) => {
    setDraft((current) => ({
      ...current,
      sessions: current.sessions.map((s, i) => (i === index ? { ...s, ...patch } : s)),
    }));
  };
  const moveSession = (index: number, by: -1 | 1) => {
    setDraft((current) => {
      const sessions = [...current.sessions];
      const [moved] = sessions.splice(index, 1);
      if (moved) sessions.splice(index + by, 0, moved);
      return { ...current, sessions };
    });
  };
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    touched.setSubmitted(true);
    if (count > 0) {
      requestAnimationFrame(() => {
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      });
      return;
    }
    save.mutate(
      { etag, input: eventInputFrom(draft, event?.sample ?? false) },
      {
        onSuccess: (saved) => {
          onSaved(saved.data);
        },
      },
    );
  };
  const options = <T extends string>(
    values: readonly T[],
    prefix: 'eventKind' | 'eventFormat' | 'sessionKind',
  ) => values.map((value) => ({ value, label: t(`${prefix}.${value}` as 'eventKind.RESET_DAY') }));

  return (
    <FormProvider
      value={{
        idPrefix: 'event',
        clientErrors: errors,
        serverErrors: serverFieldErrors(save.error),
        shows: touched.shows,
        touch: touched.touch,
      }}
    >
      <form ref={formRef} className="edit-form" noValidate onSubmit={onSubmit}>
        <FormStatus
          error={save.error}
          invalidCount={touched.submitted ? count : 0}
          onReload={onReload}
          staleMessage={t('eventForm.stale')}
        />
        <TextField
          path="title"
          label={t('eventForm.title')}
          value={draft.title}
          required
          onChange={(title) => {
            set({ title });
          }}
        />
        <div className="field-row">
          <SelectField
            path="kind"
            label={t('eventForm.kind')}
            value={draft.kind}
            options={options(kinds, 'eventKind')}
            onChange={(kind) => {
              set({ kind: kind as Kind });
            }}
          />
          <SelectField
            path="format"
            label={t('eventForm.format')}
            value={draft.format}
            options={options(formats, 'eventFormat')}
            onChange={(format) => {
              set({ format: format as Format });
            }}
          />
        </div>
        <TextField
          path="description"
          label={t('coalitionForm.description')}
          value={draft.description}
          multiline
          onChange={(description) => {
            set({ description });
          }}
        />
        <div className="field-row">
          <TextField
            path="startsAt"
            label={t('eventForm.startsAt')}
            type="datetime-local"
            value={draft.startsAt}
            required
            onChange={(startsAt) => {
              set({ startsAt });
            }}
          />
          <TextField
            path="endsAt"
            label={t('eventForm.endsAt')}
            type="datetime-local"
            value={draft.endsAt}
            required
            onChange={(endsAt) => {
              set({ endsAt });
            }}
          />
          <TextField
            path="timeZone"
            label={t('eventForm.timeZone')}
            hint={t('eventForm.timeZoneHint')}
            value={draft.timeZone}
            required
            onChange={(timeZone) => {
              set({ timeZone });
            }}
          />
        </div>
        <div className="field-row">
          <TextField
            path="location"
            label={t('eventForm.location')}
            value={draft.location}
            onChange={(location) => {
              set({ location });
            }}
          />
          <TextField
            path="participantsCount"
            label={t('eventForm.participants')}
            inputMode="numeric"
            value={draft.participantsCount}
            onChange={(participantsCount) => {
              set({ participantsCount });
            }}
          />
        </div>
        <TextField
          path="organisers"
          label={t('event.organisers')}
          hint={t('noteForm.slugsHint')}
          value={draft.organisers}
          onChange={(organisers) => {
            set({ organisers });
          }}
        />
        <TextField
          path="coalitions"
          label={t('event.coalitions')}
          hint={t('noteForm.slugsHint')}
          value={draft.coalitions}
          onChange={(coalitions) => {
            set({ coalitions });
          }}
        />
        <TextField
          path="territories"
          label={t('event.territories')}
          hint={t('noteForm.slugsHint')}
          value={draft.territories}
          onChange={(territories) => {
            set({ territories });
          }}
        />

        <section aria-labelledby="form-sessions">
          <h2 id="form-sessions">{t('event.agenda')}</h2>
          {draft.sessions.map((session, i) => (
            <fieldset key={session.key} className="form-item">
              <legend>{t('eventForm.session', { n: i + 1 })}</legend>
              <TextField
                path={`sessions[${i}].title`}
                label={t('coalitionForm.itemTitle')}
                value={session.title}
                required
                onChange={(title) => {
                  setSession(i, { title });
                }}
              />
              <div className="field-row">
                <SelectField
                  path={`sessions[${i}].kind`}
                  label={t('eventForm.kind')}
                  value={session.kind}
                  options={options(sessionKinds, 'sessionKind')}
                  onChange={(kind) => {
                    setSession(i, { kind: kind as SessionKind });
                  }}
                />
                <TextField
                  path={`sessions[${i}].startsAt`}
                  label={t('eventForm.startsAt')}
                  type="datetime-local"
                  value={session.startsAt}
                  onChange={(startsAt) => {
                    setSession(i, { startsAt });
                  }}
                />
                <TextField
                  path={`sessions[${i}].endsAt`}
                  label={t('eventForm.endsAt')}
                  type="datetime-local"
                  value={session.endsAt}
                  onChange={(endsAt) => {
                    setSession(i, { endsAt });
                  }}
                />
              </div>
              <TextField
                path={`sessions[${i}].description`}
                label={t('coalitionForm.description')}
                value={session.description}
                multiline
                rows={2}
                onChange={(description) => {
                  setSession(i, { description });
                }}
              />
              <div className="field-row">
                <TextField
                  path={`sessions[${i}].coalition`}
                  label={t('eventForm.sessionCoalition')}
                  hint={t('noteForm.slugHint')}
                  value={session.coalition}
                  onChange={(coalition) => {
                    setSession(i, { coalition });
                  }}
                />
                <TextField
                  path={`sessions[${i}].speakers`}
                  label={t('event.speakers')}
                  hint={t('noteForm.slugsHint')}
                  value={session.speakers}
                  onChange={(speakers) => {
                    setSession(i, { speakers });
                  }}
                />
              </div>
              <p className="row-actions">
                {i > 0 && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      moveSession(i, -1);
                    }}
                  >
                    {t('eventForm.moveUp', { n: i + 1 })}
                  </button>
                )}
                {i < draft.sessions.length - 1 && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      moveSession(i, 1);
                    }}
                  >
                    {t('eventForm.moveDown', { n: i + 1 })}
                  </button>
                )}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    set({ sessions: draft.sessions.filter((_, index) => index !== i) });
                  }}
                >
                  {t('eventForm.removeSession', { n: i + 1 })}
                </button>
              </p>
            </fieldset>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              set({
                sessions: [
                  ...draft.sessions,
                  {
                    key: nextKey++,
                    title: '',
                    kind: 'PLENARY',
                    description: '',
                    startsAt: '',
                    endsAt: '',
                    coalition: '',
                    speakers: '',
                  },
                ],
              });
            }}
          >
            {t('eventForm.addSession')}
          </button>
        </section>
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
