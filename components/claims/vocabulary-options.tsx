import { CLAIM_KINDS, CLAIM_STATUSES, KIND_LABELS, STATUS_DISPLAY } from "@/lib/claims/vocabulary";
import type { UserDto } from "@/lib/dto";

// <option> lists shared by every status, kind and person picker.

export function StatusOptions() {
  return CLAIM_STATUSES.map((status) => (
    <option key={status} value={status}>
      {STATUS_DISPLAY[status].label}
    </option>
  ));
}

export function KindOptions() {
  return CLAIM_KINDS.map((kind) => (
    <option key={kind} value={kind}>
      {KIND_LABELS[kind]}
    </option>
  ));
}

export function PeopleOptions({ people, withRole = false }: { people: UserDto[]; withRole?: boolean }) {
  return people.map((person) => (
    <option key={person.id} value={person.id}>
      {withRole ? `${person.name} (${person.role})` : person.name}
    </option>
  ));
}
