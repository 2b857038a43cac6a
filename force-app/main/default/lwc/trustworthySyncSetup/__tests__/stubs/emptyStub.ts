import { LightningElement } from 'lwc';

export default class EmptyStub extends LightningElement {}
