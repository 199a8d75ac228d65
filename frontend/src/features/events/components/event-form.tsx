import { useMemo } from 'react';
import { FormProvider, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
// Before any schema is made here (the generated schemas import it too).
import '@/lib/zod-jitless';
import { zEventInput, zEventSessionInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { InvalidSummary } from '@/components/forms/invalid-summary';
import { ApiPicker, type PickerOption } from '@/components/forms/api-picker';
import { NumberInput, SelectInput, TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { searchOptions } from '@/components/forms/search-options';
import { strings as formStrings } from '@/components/forms/strings';
import { useApiClient, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { fromLocalInput, toLocalInput } from '@/lib/time-zone';
import { useSaveEvent } from '@/features/events/api/event-edit';
import { DateTimeInput } from '@/features/events/components/date-time-input';
import { strings } from '@/features/events/edit-strings';

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

/** What a `datetime-local` input gives: the wall-clock time, without a zone. */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * The form's fields: the contract's `EventInput` (and `EventSessionInput`), except that times are
 * the wall-clock times of the event's zone (converted with its offset when sent) and a session's
 * id is a number (the generated schema reads an int64 as a bigint, which JSON cannot carry). An end
 * before its start is refused.
 */
export function eventFields(endBeforeStart: string) {
  const localTime = z.string().regex(LOCAL_TIME);
  const session = zEventSessionInput.extend({
    id: z.number().int().optional(),
    startsAt: localTime.optional(),
    endsAt: localTime.optional(),
  });
  return zEventInput
    .extend({
      startsAt: localTime,
      endsAt: localTime,
      sessions: z.array(session).max(200).optional(),
    })
    .superRefine((event, context) => {
      const check = (start: string | undefined, end: string | undefined, path: PropertyKey[]) => {
        if (start && end && end < start) {
          context.addIssue({ code: 'custom', path, message: endBeforeStart });
        }
      };
      check(event.startsAt, event.endsAt, ['endsAt']);
      event.sessions?.forEach((item, index) => {
        check(item.startsAt, item.endsAt, ['sessions', index, 'endsAt']);
      });
    });
}

type EventSchema = ReturnType<typeof eventFields>;
export type EventFields = z.input<EventSchema>;
type EventValues = z.output<EventSchema>;

const slugsOf = (items: readonly { slug?: string }[] | undefined): string[] =>
  (items ?? []).flatMap((item) => (item.slug ? [item.slug] : []));

/** The form's values for an event (or a new one), times as its zone reads them. */
export function eventFieldsFrom(event?: Schemas['Event']): EventFields {
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
    participantsCount: event?.participantsCount,
    organisers: slugsOf(event?.organisers),
    coalitions: slugsOf(event?.coalitions),
    territories: slugsOf(event?.territories),
    sessions: (event?.agenda ?? []).map((session) => ({
      id: session.id,
      title: session.title ?? '',
      kind: session.kind ?? 'PLENARY',
      description: session.description ?? '',
      startsAt: toLocalInput(session.startsAt, timeZone),
      endsAt: toLocalInput(session.endsAt, timeZone),
      coalition: session.coalition?.slug ?? '',
      speakers: slugsOf(session.speakers),
    })),
  };
}

/**
 * The request body: times sent with the offset of the event's zone at that date; what the form
 * does not edit (approximate count, partners, sample flag) sent back as it was read.
 */
export function eventInputFrom(
  values: EventValues,
  event?: Schemas['Event'],
): Schemas['EventInput'] {
  const zone = values.timeZone.trim();
  const at = (local: string | undefined) => (local ? fromLocalInput(local, zone) : undefined);
  return {
    ...values,
    title: values.title.trim(),
    startsAt: at(values.startsAt) ?? '',
    endsAt: at(values.endsAt) ?? '',
    timeZone: zone,
    sessions: (values.sessions ?? []).map((session) => ({
      ...session,
      title: session.title.trim(),
      startsAt: at(session.startsAt),
      endsAt: at(session.endsAt),
    })),
    participantsApproximate: event?.participantsApproximate,
    organisedWithPartners: event?.organisedWithPartners,
    sample: event?.sample ?? false,
  };
}

const blankSession: NonNullable<EventFields['sessions']>[number] = {
  title: '',
  kind: 'PLENARY',
  description: '',
  startsAt: '',
  endsAt: '',
  coalition: '',
  speakers: [],
};

function optionsOf<T extends { slug?: string }>(
  items: readonly T[] | undefined,
  label: (item: T) => string | undefined,
): PickerOption[] {
  return (items ?? []).flatMap((item) =>
    item.slug ? [{ value: item.slug, label: label(item) ?? item.slug }] : [],
  );
}

interface EventFormProps {
  event?: Schemas['Event'];
  etag?: string;
  onSaved: (saved: Schemas['Event']) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/**
 * Creates an event or replaces one with its whole agenda (`PUT` with `If-Match`): the sessions are
 * kept by id, reordered, added and removed; organisers, coalitions, territories and speakers are
 * chosen by searching the API.
 */
export function EventForm({ event, etag, onSaved, onCancel, onReload }: EventFormProps) {
  const { t } = useFeatureTranslation('eventEdit', strings);
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const { t: tApp } = useTranslation();
  const api = useApiClient();
  const save = useSaveEvent(event?.slug);
  const schema = useMemo(() => eventFields(t('endBeforeStart')), [t]);
  const form = useApiForm(schema, { defaultValues: eventFieldsFrom(event) });
  const sessions = useFieldArray({ control: form.control, name: 'sessions', keyName: 'key' });
  const onSubmit = form.submitWith(async (values) => {
    const saved = await save.mutateAsync({ etag, input: eventInputFrom(values, event) });
    onSaved(saved.data);
  });
  const choices = <T extends string>(
    values: readonly T[],
    prefix: 'eventKind' | 'eventFormat' | 'sessionKind',
  ) =>
    values.map((value) => ({ value, label: tApp(`${prefix}.${value}` as 'eventKind.RESET_DAY') }));
  const initial = useMemo(
    () => ({
      organisers: optionsOf(event?.organisers, (actor) => actor.name),
      coalitions: optionsOf(event?.coalitions, (coalition) => coalition.title),
      territories: optionsOf(event?.territories, (territory) => territory.name),
      sessions: new Map(
        (event?.agenda ?? []).map((session) => [
          session.id,
          {
            coalition: optionsOf(session.coalition ? [session.coalition] : [], (c) => c.title),
            speakers: optionsOf(session.speakers, (person) => person.fullName),
          },
        ]),
      ),
    }),
    [event],
  );
  const noOptions: PickerOption[] = [];
  const busy = form.formState.isSubmitting;

  return (
    <FormProvider {...form}>
      <form className="edit-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <InvalidSummary />
        <ProblemView error={form.problem} onReload={onReload} />
        <TextInput name="title" label={t('title')} required />
        <div className="field-row">
          <SelectInput name="kind" label={t('kind')} options={choices(kinds, 'eventKind')} />
          <SelectInput
            name="format"
            label={t('format')}
            options={choices(formats, 'eventFormat')}
          />
        </div>
        <TextInput name="description" label={t('description')} multiline />
        <div className="field-row">
          <DateTimeInput name="startsAt" label={t('startsAt')} required />
          <DateTimeInput name="endsAt" label={t('endsAt')} required />
          <TextInput name="timeZone" label={t('timeZone')} hint={t('timeZoneHint')} required />
        </div>
        <div className="field-row">
          <TextInput name="location" label={t('location')} />
          <NumberInput name="participantsCount" label={t('participants')} />
        </div>
        <ApiPicker
          name="organisers"
          label={t('organisers')}
          search={searchOptions(api, 'actor')}
          initial={initial.organisers}
          multiple
        />
        <ApiPicker
          name="coalitions"
          label={t('coalitions')}
          search={searchOptions(api, 'coalition')}
          initial={initial.coalitions}
          multiple
        />
        <ApiPicker
          name="territories"
          label={t('territories')}
          search={searchOptions(api, 'territory')}
          initial={initial.territories}
          multiple
        />

        <section aria-labelledby="event-form-sessions">
          <h2 id="event-form-sessions">{t('agenda')}</h2>
          {sessions.fields.map((field, i) => {
            const n = i + 1;
            const known = field.id === undefined ? undefined : initial.sessions.get(field.id);
            return (
              <fieldset key={field.key} className="form-item">
                <legend>{t('session', { n })}</legend>
                <TextInput name={`sessions.${i}.title`} label={t('sessionTitle')} required />
                <div className="field-row">
                  <SelectInput
                    name={`sessions.${i}.kind`}
                    label={t('kind')}
                    options={choices(sessionKinds, 'sessionKind')}
                  />
                  <DateTimeInput name={`sessions.${i}.startsAt`} label={t('startsAt')} />
                  <DateTimeInput name={`sessions.${i}.endsAt`} label={t('endsAt')} />
                </div>
                <TextInput
                  name={`sessions.${i}.description`}
                  label={t('description')}
                  multiline
                  rows={2}
                />
                <ApiPicker
                  name={`sessions.${i}.coalition`}
                  label={t('sessionCoalition')}
                  search={searchOptions(api, 'coalition')}
                  initial={known?.coalition ?? noOptions}
                />
                <ApiPicker
                  name={`sessions.${i}.speakers`}
                  label={t('speakers')}
                  search={searchOptions(api, 'person')}
                  initial={known?.speakers ?? noOptions}
                  multiple
                />
                <p className="row-actions">
                  {i > 0 && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        sessions.move(i, i - 1);
                      }}
                    >
                      {t('moveUp', { n })}
                    </button>
                  )}
                  {i < sessions.fields.length - 1 && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        sessions.move(i, i + 1);
                      }}
                    >
                      {t('moveDown', { n })}
                    </button>
                  )}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      sessions.remove(i);
                    }}
                  >
                    {t('removeSession', { n })}
                  </button>
                </p>
              </fieldset>
            );
          })}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              sessions.append(blankSession);
            }}
          >
            {t('addSession')}
          </button>
        </section>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? tf('actions.saving') : tf('actions.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {tf('actions.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
