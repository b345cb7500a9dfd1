import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  AddCertificationDocument,
  AddTimeOffDocument,
  CreateInstructorDocument,
  InstructorCandidatesDocument,
  InstructorDocument,
  InstructorHoursDocument,
  InstructorTimeOffDocument,
  InstructorsDocument,
  RemoveCertificationDocument,
  RemoveTimeOffDocument,
  SetInstructorActiveDocument,
  SetInstructorHoursDocument,
  UpdateCertificationDocument,
  UpdateInstructorDocument,
  type CertificationInput,
  type InstructorInput,
  type WorkingHoursInput,
} from '../../../gql/graphql';

/** Creates a profile; the lists and the candidates are read again. */
export function useCreateInstructor() {
  const [mutate, { loading, error, reset }] = useMutation(CreateInstructorDocument, {
    refetchQueries: [InstructorsDocument, InstructorCandidatesDocument],
  });
  const createInstructor = useCallback(
    async (input: InstructorInput) =>
      (await mutate({ variables: { input } })).data?.createInstructor,
    [mutate],
  );
  return { createInstructor, loading, error, reset };
}

/** Saves changed fields of a profile; the answer updates every view of it. */
export function useUpdateInstructor() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateInstructorDocument, {
    refetchQueries: [InstructorsDocument],
  });
  const updateInstructor = useCallback(
    async (id: string, input: InstructorInput) =>
      (await mutate({ variables: { id, input } })).data?.updateInstructor,
    [mutate],
  );
  return { updateInstructor, loading, error, reset };
}

/** Deactivates or reactivates a profile. */
export function useSetInstructorActive() {
  const [mutate, { loading, error, reset }] = useMutation(SetInstructorActiveDocument, {
    refetchQueries: [InstructorsDocument],
  });
  const setActive = useCallback(
    async (id: string, active: boolean) =>
      (await mutate({ variables: { id, active } })).data?.setInstructorActive,
    [mutate],
  );
  return { setActive, loading, error, reset };
}

/** Replaces the week at one location, then reads the hours (and locations) again. */
export function useSetInstructorHours(instructorId: string) {
  const [mutate, { loading, error, reset }] = useMutation(SetInstructorHoursDocument, {
    refetchQueries: [
      { query: InstructorHoursDocument, variables: { id: instructorId } },
      { query: InstructorDocument, variables: { id: instructorId } },
    ],
    awaitRefetchQueries: true,
  });
  const setHours = useCallback(
    async (locationId: string, hours: WorkingHoursInput[]) =>
      (await mutate({ variables: { instructorId, locationId, hours } })).data?.setInstructorHours,
    [mutate, instructorId],
  );
  return { setHours, loading, error, reset };
}

/** Adds or removes time off; the time-off list is read again. */
export function useTimeOffMutations() {
  const [add, adding] = useMutation(AddTimeOffDocument, {
    refetchQueries: [InstructorTimeOffDocument],
    awaitRefetchQueries: true,
  });
  const [remove, removing] = useMutation(RemoveTimeOffDocument, {
    refetchQueries: [InstructorTimeOffDocument],
    awaitRefetchQueries: true,
  });
  return {
    addTimeOff: useCallback(
      async (variables: {
        instructorId: string;
        startsAt: string;
        endsAt: string;
        reason: string | null;
      }) => (await add({ variables })).data?.addTimeOff,
      [add],
    ),
    adding,
    removeTimeOff: useCallback(
      async (id: string) => (await remove({ variables: { id } })).data?.removeTimeOff,
      [remove],
    ),
    removing,
  };
}

/** Adds, edits or removes a certification; the profile (and the list's badges) are read again. */
export function useCertificationMutations(instructorId: string) {
  const refetchQueries = [
    { query: InstructorDocument, variables: { id: instructorId } },
    InstructorsDocument,
  ];
  const [add, adding] = useMutation(AddCertificationDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [update, updating] = useMutation(UpdateCertificationDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [remove, removing] = useMutation(RemoveCertificationDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  return {
    addCertification: useCallback(
      async (input: CertificationInput) =>
        (await add({ variables: { instructorId, input } })).data?.addCertification,
      [add, instructorId],
    ),
    adding,
    updateCertification: useCallback(
      async (id: string, input: CertificationInput) =>
        (await update({ variables: { id, input } })).data?.updateCertification,
      [update],
    ),
    updating,
    removeCertification: useCallback(
      async (id: string) => (await remove({ variables: { id } })).data?.removeCertification,
      [remove],
    ),
    removing,
  };
}
