import { LightningElement, api } from 'lwc';

export default class MappingStub extends LightningElement {
    @api mappingName = '';
}
