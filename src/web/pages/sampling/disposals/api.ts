import type {
  CaseStepInput, CauseInput, CloseInput, ControlInput, DisposalDetailDto, DisposalListDto, DisposalListQuery, DisposalRatesDto, ExtensionInput,
  FollowUpInput, NotifyInput, RectificationInput, RetestRequestInput, RetestResultInput,
} from '../../../../shared/disposals'
import { api, withQuery } from '../../../api/client'

export type { DisposalDetailDto, DisposalListDto, DisposalListQuery, DisposalRatesDto }
export type DisposalListItem = DisposalListDto['items'][number]

export const fetchDisposals = (query: DisposalListQuery) => api.get<DisposalListDto>('/disposals', { ...query })
/** The filtered list as .xlsx, every page. */
export const disposalsExportUrl = (query: DisposalListQuery) => withQuery('/api/disposals/export', { ...query, page: undefined, pageSize: undefined })
export const fetchDisposal = (id: string) => api.get<DisposalDetailDto>(`/disposals/${id}`)
/** The county's officers a new case clue may name (the same list the API checks against). */
export const fetchCaseOfficers = () => api.get<{ id: string; name: string }[]>('/disposals/officers')
export const fetchDisposalRates = (query: { region?: string; from?: string; to?: string }) => api.get<DisposalRatesDto>('/disposals/rates', { ...query })

/** The step endpoints and their bodies; each answers with the whole file. */
export interface StepBodies {
  notify: NotifyInput; 'retest-request': RetestRequestInput; 'retest-result': RetestResultInput; control: ControlInput; cause: CauseInput
  rectification: RectificationInput; case: CaseStepInput; 'follow-up': FollowUpInput; extension: ExtensionInput; close: CloseInput
}
export const recordStep = <K extends keyof StepBodies>(id: string, step: K, body: StepBodies[K]) => api.post<DisposalDetailDto>(`/disposals/${id}/${step}`, body)
