import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier } from 'react-admin';
import { httpClient } from './httpClient';
import type { ReturnReasonCode, Stage } from './types';

const API_URL = '/api';

export interface TransitionParams {
    comment?: string | null;
}

export interface ReturnParams {
    comment: string;
    reasonCode: ReturnReasonCode;
}

export interface StageResult {
    data: Stage;
}

export interface CicloDataProvider extends DataProvider {
    submitStage: (id: Identifier, params: TransitionParams) => Promise<StageResult>;
    approveStage: (id: Identifier, params: TransitionParams) => Promise<StageResult>;
    returnStage: (id: Identifier, params: ReturnParams) => Promise<StageResult>;
}

/** Accepts both a bare stage and a `{data: stage}` envelope. */
const unwrapStage = (json: unknown): Stage => {
    if (json && typeof json === 'object' && 'data' in json) {
        const data = (json as { data: unknown }).data;
        if (data && typeof data === 'object' && 'id' in data) return data as Stage;
    }
    return json as Stage;
};

const postTransition = async (
    id: Identifier,
    action: 'submit' | 'approve' | 'return',
    body: TransitionParams | ReturnParams,
): Promise<StageResult> => {
    const { json } = await httpClient(
        `${API_URL}/stages/${encodeURIComponent(String(id))}/${action}`,
        {
            method: 'POST',
            headers: new Headers({
                Accept: 'application/json',
                'Content-Type': 'application/json',
            }),
            body: JSON.stringify(body),
        },
    );
    return { data: unwrapStage(json) };
};

const baseProvider = simpleRestProvider(API_URL, httpClient);

/** An empty optional comment is left out of the body rather than sent as "" or null. */
const optionalComment = (comment?: string | null): TransitionParams => {
    const trimmed = comment?.trim();
    return trimmed ? { comment: trimmed } : {};
};

export const dataProvider: CicloDataProvider = {
    ...baseProvider,
    submitStage: (id, { comment }) => postTransition(id, 'submit', optionalComment(comment)),
    approveStage: (id, { comment }) => postTransition(id, 'approve', optionalComment(comment)),
    returnStage: (id, { comment, reasonCode }) =>
        postTransition(id, 'return', { comment: comment.trim(), reasonCode }),
};
