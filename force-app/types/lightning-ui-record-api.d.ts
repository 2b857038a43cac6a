declare module 'lightning/uiRecordApi' {
    import type { WireAdapterConstructor } from 'lwc';

    export interface FieldReference {
        objectApiName: string;
        fieldApiName?: string;
    }

    export interface FieldValue {
        value: unknown;
        displayValue: string | null;
    }

    export interface RecordRepresentation {
        id: string;
        apiName: string;
        fields: Record<string, FieldValue | undefined>;
    }

    export interface GetRecordConfig {
        recordId: string | undefined;
        fields?: (FieldReference | string)[];
        optionalFields?: (FieldReference | string)[];
        layoutTypes?: ('Compact' | 'Full')[];
        modes?: ('Create' | 'Edit' | 'View')[];
    }

    export const getRecord: WireAdapterConstructor<
        GetRecordConfig,
        RecordRepresentation
    >;

    export function getFieldValue(
        record: RecordRepresentation | undefined,
        field: FieldReference | string
    ): unknown;

    export function getFieldDisplayValue(
        record: RecordRepresentation | undefined,
        field: FieldReference | string
    ): string | null | undefined;

    export function notifyRecordUpdateAvailable(
        items: { recordId: string }[]
    ): Promise<void>;

    export function updateRecord(recordInput: {
        fields: Record<string, unknown>;
    }): Promise<RecordRepresentation>;
}
