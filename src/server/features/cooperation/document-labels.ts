import type {
  CooperationUrgency,
  RequestLanguage,
  RequestPersonRole,
} from '#shared/domain/cooperation.js';

/**
 * The fixed wording of the printed request, in the three languages a request may be written in.
 * Typed as one record per language so a missing translation fails the typecheck. The document
 * is sent abroad, not shown in the UI, so it does not use the UI catalogues.
 */
export type DocumentLabels = {
  title: string;
  requestingState: string;
  requestingAuthority: string;
  reference: string;
  date: string;
  urgency: string;
  urgencyValues: Record<CooperationUrgency, string>;
  confidentiality: string;
  confidentialRequested: string;
  confidentialNotRequested: string;
  addressee: string;
  requestedState: string;
  requestedAuthority: string;
  legalBasis: string;
  legalBasisDetail: string;
  requestType: string;
  article: string;
  measures: string;
  subjectMatter: string;
  natureOfInvestigation: string;
  summaryOfFacts: string;
  assistanceSought: string;
  procedure: string;
  personsConcerned: string;
  purpose: string;
  annexes: string;
  nameArabic: string;
  nameLatin: string;
  birthDate: string;
  nationality: string;
  location: string;
  roleInCase: string;
  roleValues: Record<RequestPersonRole, string>;
  annexTitle: string;
  annexPages: string;
  annexLanguage: string;
  translation: string;
  yes: string;
  notProvided: string;
  signatureBlock: string;
  placeAndDate: string;
  nameAndTitle: string;
  signatureAndSeal: string;
};

export const DOCUMENT_LABELS: Record<RequestLanguage, DocumentLabels> = {
  en: {
    title: 'Request for international cooperation in criminal matters',
    requestingState: 'Requesting State',
    requestingAuthority: 'Requesting authority',
    reference: 'Reference',
    date: 'Date',
    urgency: 'Urgency',
    urgencyValues: { normal: 'Normal', urgent: 'Urgent' },
    confidentiality: 'Confidentiality',
    confidentialRequested:
      'Confidentiality requested: the requesting State asks that the request and its contents be kept confidential, except to the extent needed to execute it.',
    confidentialNotRequested: 'No particular confidentiality requested.',
    addressee: 'Addressee',
    requestedState: 'Requested State',
    requestedAuthority: 'Requested authority',
    legalBasis: 'Legal basis',
    legalBasisDetail: 'Reference',
    requestType: 'Type of request',
    article: 'article',
    measures: 'Measures requested',
    subjectMatter: 'Subject matter of the investigation, prosecution or proceedings',
    natureOfInvestigation: 'Nature of the investigation, prosecution or proceedings',
    summaryOfFacts: 'Summary of the relevant facts',
    assistanceSought: 'Description of the assistance sought',
    procedure: 'Particular procedure the requesting State wishes to be followed',
    personsConcerned: 'Identity, location and nationality of the persons concerned',
    purpose: 'Purpose for which the evidence, information or action is sought',
    annexes: 'Annexes',
    nameArabic: 'Name (Arabic script)',
    nameLatin: 'Name (Latin script)',
    birthDate: 'Date of birth',
    nationality: 'Nationality',
    location: 'Location or address',
    roleInCase: 'Role in the case',
    roleValues: {
      suspect: 'Suspect',
      accused: 'Accused',
      sentenced_person: 'Sentenced person',
      witness: 'Witness',
      victim: 'Victim',
      expert: 'Expert',
      other: 'Other',
    },
    annexTitle: 'Title',
    annexPages: 'Pages',
    annexLanguage: 'Language',
    translation: 'Translation',
    yes: 'Yes',
    notProvided: 'Not provided',
    signatureBlock: 'For the requesting authority',
    placeAndDate: 'Place and date',
    nameAndTitle: 'Name and title',
    signatureAndSeal: 'Signature and seal',
  },
  fr: {
    title: 'Demande de coopération internationale en matière pénale',
    requestingState: 'État requérant',
    requestingAuthority: 'Autorité requérante',
    reference: 'Référence',
    date: 'Date',
    urgency: 'Urgence',
    urgencyValues: { normal: 'Normale', urgent: 'Urgente' },
    confidentiality: 'Confidentialité',
    confidentialRequested:
      "Confidentialité demandée : l'État requérant demande que la demande et son contenu restent confidentiels, sauf dans la mesure nécessaire à son exécution.",
    confidentialNotRequested: 'Aucune confidentialité particulière demandée.',
    addressee: 'Destinataire',
    requestedState: 'État requis',
    requestedAuthority: 'Autorité requise',
    legalBasis: 'Fondement juridique',
    legalBasisDetail: 'Référence',
    requestType: 'Type de demande',
    article: 'article',
    measures: 'Mesures demandées',
    subjectMatter: "Objet de l'enquête, des poursuites ou de la procédure",
    natureOfInvestigation: "Nature de l'enquête, des poursuites ou de la procédure",
    summaryOfFacts: 'Résumé des faits pertinents',
    assistanceSought: "Description de l'assistance demandée",
    procedure: "Procédure particulière que l'État requérant souhaite voir appliquer",
    personsConcerned: 'Identité, localisation et nationalité des personnes concernées',
    purpose: 'Fins auxquelles les éléments de preuve, informations ou mesures sont demandés',
    annexes: 'Annexes',
    nameArabic: 'Nom (écriture arabe)',
    nameLatin: 'Nom (écriture latine)',
    birthDate: 'Date de naissance',
    nationality: 'Nationalité',
    location: 'Localisation ou adresse',
    roleInCase: "Qualité dans l'affaire",
    roleValues: {
      suspect: 'Suspect',
      accused: 'Accusé',
      sentenced_person: 'Personne condamnée',
      witness: 'Témoin',
      victim: 'Victime',
      expert: 'Expert',
      other: 'Autre',
    },
    annexTitle: 'Intitulé',
    annexPages: 'Pages',
    annexLanguage: 'Langue',
    translation: 'Traduction',
    yes: 'Oui',
    notProvided: 'Non renseigné',
    signatureBlock: "Pour l'autorité requérante",
    placeAndDate: 'Lieu et date',
    nameAndTitle: 'Nom et qualité',
    signatureAndSeal: 'Signature et sceau',
  },
  ar: {
    title: 'طلب تعاون دولي في المسائل الجنائية',
    requestingState: 'الدولة الطالبة',
    requestingAuthority: 'السلطة الطالبة',
    reference: 'المرجع',
    date: 'التاريخ',
    urgency: 'درجة الاستعجال',
    urgencyValues: { normal: 'عادي', urgent: 'عاجل' },
    confidentiality: 'السرية',
    confidentialRequested:
      'مطلوب الحفاظ على السرية: تطلب الدولة الطالبة الحفاظ على سرية الطلب ومضمونه، إلا بالقدر اللازم لتنفيذه.',
    confidentialNotRequested: 'لم تُطلب سرية خاصة.',
    addressee: 'الجهة الموجَّه إليها الطلب',
    requestedState: 'الدولة متلقية الطلب',
    requestedAuthority: 'السلطة متلقية الطلب',
    legalBasis: 'الأساس القانوني',
    legalBasisDetail: 'المرجع',
    requestType: 'نوع الطلب',
    article: 'المادة',
    measures: 'التدابير المطلوبة',
    subjectMatter: 'موضوع التحقيق أو الملاحقة أو الإجراءات القضائية',
    natureOfInvestigation: 'طبيعة التحقيق أو الملاحقة أو الإجراءات القضائية',
    summaryOfFacts: 'ملخص الوقائع ذات الصلة',
    assistanceSought: 'وصف المساعدة الملتمسة',
    procedure: 'الإجراءات الخاصة التي تود الدولة الطالبة اتباعها',
    personsConcerned: 'هوية الأشخاص المعنيين ومكان وجودهم وجنسيتهم',
    purpose: 'الغرض الذي تُطلب من أجله الأدلة أو المعلومات أو التدابير',
    annexes: 'المرفقات',
    nameArabic: 'الاسم (بالحروف العربية)',
    nameLatin: 'الاسم (بالحروف اللاتينية)',
    birthDate: 'تاريخ الميلاد',
    nationality: 'الجنسية',
    location: 'مكان الوجود أو العنوان',
    roleInCase: 'الصفة في القضية',
    roleValues: {
      suspect: 'مشتبه فيه',
      accused: 'متهم',
      sentenced_person: 'محكوم عليه',
      witness: 'شاهد',
      victim: 'ضحية',
      expert: 'خبير',
      other: 'أخرى',
    },
    annexTitle: 'العنوان',
    annexPages: 'عدد الصفحات',
    annexLanguage: 'اللغة',
    translation: 'ترجمة',
    yes: 'نعم',
    notProvided: 'غير متوفر',
    signatureBlock: 'عن السلطة الطالبة',
    placeAndDate: 'المكان والتاريخ',
    nameAndTitle: 'الاسم والصفة',
    signatureAndSeal: 'التوقيع والختم',
  },
};

/** Names of the request languages, in each document language (annex languages). */
export const LANGUAGE_NAMES: Record<RequestLanguage, Record<RequestLanguage, string>> = {
  en: { ar: 'Arabic', fr: 'French', en: 'English' },
  fr: { ar: 'arabe', fr: 'français', en: 'anglais' },
  ar: { ar: 'العربية', fr: 'الفرنسية', en: 'الإنجليزية' },
};
